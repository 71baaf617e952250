import { graphql } from '../../generated';

/** The Waste report's catalogue of a fiscal year (its three sections): the forms are rendered from it. */
export const wasteIndicatorsQuery = graphql(`
  query WasteIndicators($fiscalYear: Int!) {
    wasteIndicators(fiscalYear: $fiscalYear) {
      code
      section
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

/** A disposal site as the LAO page lists it (where its waste goes, the sites it runs). */
graphql(`
  fragment WasteSiteFields on DisposalSite {
    id
    nameTh
    method
    status
    latitude
    longitude
    capacityTonnesPerDay
    openedYear
    editable
    operator {
      code
      nameTh
      nameEn
    }
    province {
      code
      nameTh
      nameEn
    }
  }
`);

graphql(`
  fragment WasteFiguresFields on WasteFigures {
    populationServed
    generatedTonnesPerDay
    collectedTonnesPerDay
    properlyDisposedTonnesPerDay
    recycledTonnesPerYear
    kgPerCapitaPerDay
    collectionCoverage
    properDisposalShare
    recyclingRate
    costRecovery
  }
`);

/** One LAO's Waste report: data per section, disposal, figures, warnings, certification and what the caller may do. */
graphql(`
  fragment WasteReportFields on WasteReport {
    module
    laoCode
    fiscalYear
    status
    complete
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
      section
      complete
      missing
      savedAt
      values {
        indicatorCode
        value
      }
    }
    disposal {
      site {
        ...WasteSiteFields
      }
      tonnesPerDay
    }
    figures {
      ...WasteFiguresFields
    }
    warnings {
      code
      indicatorCodes
      value
      previous
    }
  }
`);

export const wasteReportQuery = graphql(`
  query WasteReport($laoCode: String!, $fiscalYear: Int!) {
    wasteReport(laoCode: $laoCode, fiscalYear: $fiscalYear) {
      ...WasteReportFields
    }
  }
`);

/** Saves one section; the answer is the whole report (figures and warnings change with it). */
export const saveWasteSectionMutation = graphql(`
  mutation SaveWasteSection($input: SaveWasteSectionInput!) {
    saveWasteSection(input: $input) {
      ...WasteReportFields
    }
  }
`);

/** Replaces where the LAO's collected waste goes this year. */
export const saveWasteDisposalMutation = graphql(`
  mutation SaveWasteDisposal($input: SaveWasteDisposalInput!) {
    saveWasteDisposal(input: $input) {
      ...WasteReportFields
    }
  }
`);

export const certifyWasteMutation = graphql(`
  mutation CertifyWaste($laoCode: String!, $fiscalYear: Int!) {
    certifyWaste(laoCode: $laoCode, fiscalYear: $fiscalYear) {
      ...WasteReportFields
    }
  }
`);

/** The sites of a province (the LAO's own among them) with who sends waste to each this year. */
export const provinceSitesQuery = graphql(`
  query WasteProvinceSites($filter: DisposalSiteFilter, $fiscalYear: Int!, $first: Int, $after: String) {
    disposalSites(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...WasteSiteFields
          receivedTonnesPerDay(fiscalYear: $fiscalYear)
          clients(fiscalYear: $fiscalYear) {
            laoCode
            tonnesPerDay
          }
        }
      }
    }
  }
`);

/** Operating sites to choose from (in a province, or all of them), lighter: what the picker shows. */
export const operatingSitesQuery = graphql(`
  query WasteOperatingSites($filter: DisposalSiteFilter, $first: Int, $after: String) {
    disposalSites(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...WasteSiteFields
        }
      }
    }
  }
`);

/** Sites as points on a map (the nation's, or a province's). */
export const sitePointsQuery = graphql(`
  query WasteSitePoints($filter: DisposalSiteFilter, $first: Int, $after: String) {
    disposalSites(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          nameTh
          method
          status
          latitude
          longitude
          operator {
            code
            nameTh
            nameEn
          }
        }
      }
    }
  }
`);

export const saveDisposalSiteMutation = graphql(`
  mutation SaveDisposalSite($input: SaveDisposalSiteInput!) {
    saveDisposalSite(input: $input) {
      ...WasteSiteFields
    }
  }
`);

export const deleteDisposalSiteMutation = graphql(`
  mutation DeleteDisposalSite($id: ID!) {
    deleteDisposalSite(id: $id)
  }
`);

/** The figures per province (nationally) or per LAO of a province. */
export const wasteSummaryQuery = graphql(`
  query WasteSummary($fiscalYear: Int!, $provinceCode: String, $certifiedOnly: Boolean) {
    wasteSummary(fiscalYear: $fiscalYear, provinceCode: $provinceCode, certifiedOnly: $certifiedOnly) {
      code
      nameTh
      reporting
      total
      warnings
      status
      latitude
      longitude
      populationServed
      generatedTonnesPerDay
      collectedTonnesPerDay
      properlyDisposedTonnesPerDay
      recycledTonnesPerYear
      kgPerCapitaPerDay
      collectionCoverage
      properDisposalShare
      recyclingRate
      costRecovery
    }
  }
`);
