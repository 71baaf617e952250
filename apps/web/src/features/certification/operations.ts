import { graphql } from '../../generated';

/**
 * The certification operations both modules use (INFO, ESERVICE), with the module as a variable: the province
 * lists, certify-all, progress, and the per-LAO withdraw / return / reopen. Each module keeps only its own forms.
 */

/** One step of an LAO's certification history (certify, withdraw, return, reopen, province certify). */
graphql(`
  fragment SubmissionEventFields on SubmissionEvent {
    action
    fromStatus
    toStatus
    actor
    at
    comment
    windowReopenedUntil
  }
`);

/** One page of a province's LAOs with their certification; the province list and its Excel export use it. */
export const submissionsQuery = graphql(`
  query Submissions($module: CertificationModule!, $fiscalYear: Int!, $filter: SubmissionFilter, $sort: SubmissionSort, $first: Int, $after: String) {
    submissions(module: $module, fiscalYear: $fiscalYear, filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          laoCode
          fiscalYear
          status
          complete
          laoCertifiedAt
          provinceCertifiedAt
          updatedAt
          allowedActions
          localAuthority {
            ...LocalAuthorityPlace
            type
          }
        }
      }
    }
  }
`);

/** Progress per province (one province, or all 77 when provinceCode is null). */
export const certificationProgressQuery = graphql(`
  query CertificationProgress($module: CertificationModule!, $fiscalYear: Int!, $provinceCode: String) {
    certificationProgress(module: $module, fiscalYear: $fiscalYear, provinceCode: $provinceCode) {
      provinceCode
      province {
        code
        nameTh
        nameEn
      }
      total
      draft
      laoCertified
      provinceCertified
    }
  }
`);

/** จังหวัดดำเนินการรับรองข้อมูลทั้งหมด: all-or-nothing; INCOMPLETE with the server's count otherwise. */
export const certifyProvinceMutation = graphql(`
  mutation CertifyProvince($module: CertificationModule!, $provinceCode: String!, $fiscalYear: Int!) {
    certifyProvince(module: $module, provinceCode: $provinceCode, fiscalYear: $fiscalYear) {
      certifiedCount
    }
  }
`);

export const withdrawCertificationMutation = graphql(`
  mutation WithdrawCertification($module: CertificationModule!, $laoCode: String!, $fiscalYear: Int!) {
    withdrawCertification(module: $module, laoCode: $laoCode, fiscalYear: $fiscalYear) {
      laoCode
      status
    }
  }
`);

export const returnSubmissionMutation = graphql(`
  mutation ReturnSubmission($module: CertificationModule!, $laoCode: String!, $fiscalYear: Int!, $reason: String!) {
    returnSubmission(module: $module, laoCode: $laoCode, fiscalYear: $fiscalYear, reason: $reason) {
      laoCode
      status
    }
  }
`);

export const reopenSubmissionMutation = graphql(`
  mutation ReopenSubmission($module: CertificationModule!, $laoCode: String!, $fiscalYear: Int!, $reason: String!) {
    reopenSubmission(module: $module, laoCode: $laoCode, fiscalYear: $fiscalYear, reason: $reason) {
      laoCode
      status
    }
  }
`);
