import { graphql } from '../../generated';

/** The INFO catalogue of a fiscal year (all eight domains): the forms are rendered from it. */
export const infoIndicatorsQuery = graphql(`
  query InfoIndicators($fiscalYear: Int!) {
    infoIndicators(fiscalYear: $fiscalYear) {
      code
      domain
      position
      labelTh
      labelEn
      unit
      unitEn
      valueType
      required
      linkedFrom
      options {
        value
        labelTh
        labelEn
      }
      min
      max
      decimals
      maxLength
      hintTh
      hintEn
    }
  }
`);

graphql(`
  fragment InfoSectionFields on InfoSection {
    domain
    complete
    missing
    savedAt
    values {
      indicatorCode
      value
    }
  }
`);

/** One LAO's INFO for a year: data, completeness, certification state and what the caller may do. */
export const infoSubmissionQuery = graphql(`
  query InfoSubmission($laoCode: String!, $fiscalYear: Int!) {
    infoSubmission(laoCode: $laoCode, fiscalYear: $fiscalYear) {
      module
      laoCode
      fiscalYear
      status
      complete
      lpaScore
      laoCertifiedAt
      provinceCertifiedAt
      updatedAt
      editable
      allowedActions
      windowOpen
      opensAt
      closesAt
      history {
        ...SubmissionEventFields
      }
      localAuthority {
        ...LocalAuthorityPlace
        type
      }
      sections {
        ...InfoSectionFields
      }
    }
  }
`);

export const saveInfoSectionMutation = graphql(`
  mutation SaveInfoSection($input: SaveInfoSectionInput!) {
    saveInfoSection(input: $input) {
      ...InfoSectionFields
    }
  }
`);

export const certifyInfoMutation = graphql(`
  mutation CertifyInfo($laoCode: String!, $fiscalYear: Int!) {
    certifyInfo(laoCode: $laoCode, fiscalYear: $fiscalYear) {
      laoCode
      fiscalYear
      status
      laoCertifiedAt
    }
  }
`);

export const lpaDistributionQuery = graphql(`
  query LpaDistribution($fiscalYear: Int!, $provinceCode: String) {
    lpaDistribution(fiscalYear: $fiscalYear, provinceCode: $provinceCode) {
      score
      count
    }
  }
`);

/** LPA indicator 7 for a page of LAOs (the national Excel export walks every page). */
export const lpaScoresQuery = graphql(`
  query LpaScores($fiscalYear: Int!, $filter: LocalAuthorityFilter, $first: Int, $after: String) {
    lpaScores(fiscalYear: $fiscalYear, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          laoCode
          score
          status
          complete
        }
      }
    }
  }
`);

/** Chosen indicators' values for a page of LAOs (the values export walks every page of the filter). */
export const infoValuesQuery = graphql(`
  query InfoValues($fiscalYear: Int!, $indicatorCodes: [String!]!, $filter: LocalAuthorityFilter, $first: Int, $after: String) {
    infoValues(fiscalYear: $fiscalYear, indicatorCodes: $indicatorCodes, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          laoCode
          localAuthority {
            ...LocalAuthorityPlace
          }
          values {
            indicatorCode
            value
          }
        }
      }
    }
  }
`);
