import { graphql } from '../../generated';

/**
 * Welfare's operations (api-contract.md, "Welfare"): the registry of an LAO, one person, the duplicate check while an
 * ID is typed, registering and the changes of an enrolment, the month's payment list and its audited exports, the
 * year's certification, the summaries and who viewed a person.
 */

/** An enrolment as the registry list shows it: the national ID always masked, names as the API answers them. */
graphql(`
  fragment BeneficiaryRow on Beneficiary {
    id
    laoCode
    allowanceType
    status
    monthlyAmount
    registeredOn
    maskedNationalId
    person {
      title
      firstName
      lastName
    }
  }
`);

/** One enrolment in full, as the person page shows it (personal fields masked without PERSONAL_DATA). */
graphql(`
  fragment BeneficiaryDetail on Beneficiary {
    ...BeneficiaryRow
    firstPaidMonth
    endedOn
    endReason
    paymentMethod
    bankAccount
    disabilityCardNo
    person {
      nationalId
      birthDate
      sex
      address
      phone
    }
    history {
      id
      kind
      effectiveOn
      changes
      note
      at
      actor
    }
  }
`);

export const beneficiariesQuery = graphql(`
  query WelfareBeneficiaries($laoCode: String!, $filter: BeneficiaryFilter, $first: Int, $after: String) {
    welfareBeneficiaries(laoCode: $laoCode, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...BeneficiaryRow
        }
      }
    }
  }
`);

export const beneficiaryQuery = graphql(`
  query WelfareBeneficiary($id: ID!) {
    welfareBeneficiary(id: $id) {
      ...BeneficiaryDetail
    }
  }
`);

/** Where a typed national ID is enrolled anywhere in the country (no personal data; the check is audited). */
export const checkNationalIdQuery = graphql(`
  query WelfareCheckNationalId($nationalId: String!) {
    welfareCheckNationalId(nationalId: $nationalId) {
      valid
      enrolments {
        allowanceType
        status
        laoCode
      }
    }
  }
`);

/** The subdistricts an address in the LAO's area may name. */
export const subdistrictsQuery = graphql(`
  query WelfareSubdistricts($laoCode: String!) {
    welfareSubdistricts(laoCode: $laoCode) {
      code
      nameTh
      nameEn
      districtCode
      districtNameTh
    }
  }
`);

export const registerBeneficiaryMutation = graphql(`
  mutation RegisterBeneficiary($input: RegisterBeneficiaryInput!) {
    registerBeneficiary(input: $input) {
      ...BeneficiaryDetail
    }
  }
`);

export const updateBeneficiaryMutation = graphql(`
  mutation UpdateBeneficiary($input: UpdateBeneficiaryInput!) {
    updateBeneficiary(input: $input) {
      ...BeneficiaryDetail
    }
  }
`);

export const suspendBeneficiaryMutation = graphql(`
  mutation SuspendBeneficiary($input: BeneficiaryStatusInput!) {
    suspendBeneficiary(input: $input) {
      ...BeneficiaryDetail
    }
  }
`);

export const resumeBeneficiaryMutation = graphql(`
  mutation ResumeBeneficiary($input: BeneficiaryStatusInput!) {
    resumeBeneficiary(input: $input) {
      ...BeneficiaryDetail
    }
  }
`);

export const endBeneficiaryMutation = graphql(`
  mutation EndBeneficiary($input: EndBeneficiaryInput!) {
    endBeneficiary(input: $input) {
      ...BeneficiaryDetail
    }
  }
`);

/** The full national ID for a stated purpose (REVEAL on the audit trail). */
export const revealNationalIdMutation = graphql(`
  mutation RevealNationalId($id: ID!, $purpose: String!) {
    revealNationalId(id: $id, purpose: $purpose)
  }
`);

export const paymentListQuery = graphql(`
  query WelfarePaymentList($laoCode: String!, $fiscalYear: Int!, $month: Int!, $first: Int, $after: String) {
    welfarePaymentList(laoCode: $laoCode, fiscalYear: $fiscalYear, month: $month, first: $first, after: $after) {
      laoCode
      fiscalYear
      month
      monthStart
      count
      total
      byType {
        allowanceType
        count
        total
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      rows {
        amount
        beneficiary {
          ...BeneficiaryRow
          paymentMethod
        }
      }
    }
  }
`);

/** The month's list with personal data for Excel (rows) or the bank (csv), page by page; each page audited as EXPORT_PERSONAL. */
export const exportPaymentListMutation = graphql(`
  mutation ExportWelfarePaymentList($laoCode: String!, $fiscalYear: Int!, $month: Int!, $format: PaymentExportFormat!, $first: Int, $after: String) {
    exportWelfarePaymentList(laoCode: $laoCode, fiscalYear: $fiscalYear, month: $month, format: $format, first: $first, after: $after) {
      fileName
      csv
      pageInfo {
        hasNextPage
        endCursor
      }
      rows {
        nationalId
        title
        firstName
        lastName
        allowanceType
        paymentMethod
        bankAccount
        amount
      }
    }
  }
`);

graphql(`
  fragment WelfareSummaryFields on WelfareSummaryRow {
    code
    nameTh
    elderly
    disabled
    aids
    elderlyByTier {
      monthlyAmount
      count
    }
    monthlyTotal
    yearlyBudget
  }
`);

/** A row per province (provinceCode null), or per LAO of a province. */
export const welfareSummaryQuery = graphql(`
  query WelfareSummary($fiscalYear: Int!, $provinceCode: String) {
    welfareSummary(fiscalYear: $fiscalYear, provinceCode: $provinceCode) {
      ...WelfareSummaryFields
    }
  }
`);

graphql(`
  fragment WelfareYearFields on WelfareYear {
    module
    laoCode
    fiscalYear
    status
    complete
    frozen
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
    figures {
      ...WelfareSummaryFields
    }
  }
`);

export const welfareYearQuery = graphql(`
  query WelfareYear($laoCode: String!, $fiscalYear: Int!) {
    welfareYear(laoCode: $laoCode, fiscalYear: $fiscalYear) {
      ...WelfareYearFields
    }
  }
`);

export const certifyWelfareMutation = graphql(`
  mutation CertifyWelfare($laoCode: String!, $fiscalYear: Int!) {
    certifyWelfare(laoCode: $laoCode, fiscalYear: $fiscalYear) {
      ...WelfareYearFields
    }
  }
`);

/** The LAO a page is about (its name and place, for the heading and the trail), or the LAO a duplicate names. */
export const welfareLaoQuery = graphql(`
  query WelfareLao($code: String!) {
    localAuthority(code: $code) {
      ...LocalAuthorityPlace
      type
    }
  }
`);
