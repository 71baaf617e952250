/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    keyPrefix\n    createdAt\n    createdBy\n    lastUsedAt\n    revokedAt\n    expiresAt\n    provinceCode\n    rights {\n      module\n      rights\n    }\n    usage(days: 30) {\n      day\n      requests\n      refusals\n    }\n  }\n": typeof types.ApiKeyRowFragmentDoc,
    "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyRow\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        ...ApiKeyRow\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(input: { id: $id }) {\n      ...ApiKeyRow\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  fragment CycleDetail on CertificationCycle {\n    module\n    fiscalYear\n    deadline\n    windows {\n      opensAt\n      closesAt\n    }\n    extensions {\n      scopeCode\n      until\n    }\n  }\n": typeof types.CycleDetailFragmentDoc,
    "\n  query CertificationCycle($module: CertificationModule!, $fiscalYear: Int!) {\n    certificationCycle(module: $module, fiscalYear: $fiscalYear) {\n      ...CycleDetail\n    }\n  }\n": typeof types.CertificationCycleDocument,
    "\n  mutation OpenCertificationCycle($input: OpenCertificationCycleInput!) {\n    openCertificationCycle(input: $input) {\n      ...CycleDetail\n    }\n  }\n": typeof types.OpenCertificationCycleDocument,
    "\n  mutation ExtendCertificationCycle($input: ExtendCertificationCycleInput!) {\n    extendCertificationCycle(input: $input) {\n      ...CycleDetail\n    }\n  }\n": typeof types.ExtendCertificationCycleDocument,
    "\n  mutation RemoveCycleExtension($input: RemoveCycleExtensionInput!) {\n    removeCycleExtension(input: $input) {\n      ...CycleDetail\n    }\n  }\n": typeof types.RemoveCycleExtensionDocument,
    "\n  fragment UserRow on User {\n    id\n    username\n    displayName\n    level\n    scopeCode\n    active\n    lastLoginAt\n  }\n": typeof types.UserRowFragmentDoc,
    "\n  query Users($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation SetUserActive($username: String!, $active: Boolean!) {\n    updateUser(input: { username: $username, active: $active }) {\n      ...UserRow\n    }\n  }\n": typeof types.SetUserActiveDocument,
    "\n  fragment AuditEntryRow on AuditEntry {\n    id\n    at\n    actor\n    actorLevel\n    apiKeyName\n    action\n    module\n    laoCode\n    subjectType\n    subjectId\n    subjectCount\n    purpose\n  }\n": typeof types.AuditEntryRowFragmentDoc,
    "\n  query AuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AuditEntryRow\n        }\n      }\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  fragment CurrentUser on User {\n    id\n    username\n    displayName\n    level\n    scopeCode\n    active\n    rights {\n      module\n      rights\n    }\n  }\n": typeof types.CurrentUserFragmentDoc,
    "\n  query Session {\n    me {\n      ...CurrentUser\n    }\n    currentFiscalYear\n  }\n": typeof types.SessionDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n      expiresIn\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  fragment SubmissionEventFields on SubmissionEvent {\n    action\n    fromStatus\n    toStatus\n    actor\n    at\n    comment\n  }\n": typeof types.SubmissionEventFieldsFragmentDoc,
    "\n  query Submissions($module: CertificationModule!, $fiscalYear: Int!, $filter: SubmissionFilter, $first: Int, $after: String) {\n    submissions(module: $module, fiscalYear: $fiscalYear, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          laoCode\n          fiscalYear\n          status\n          complete\n          laoCertifiedAt\n          provinceCertifiedAt\n          updatedAt\n          allowedActions\n          localAuthority {\n            ...LocalAuthorityPlace\n            type\n          }\n        }\n      }\n    }\n  }\n": typeof types.SubmissionsDocument,
    "\n  query CertificationProgress($module: CertificationModule!, $fiscalYear: Int!, $provinceCode: String) {\n    certificationProgress(module: $module, fiscalYear: $fiscalYear, provinceCode: $provinceCode) {\n      provinceCode\n      province {\n        code\n        nameTh\n        nameEn\n      }\n      total\n      draft\n      laoCertified\n      provinceCertified\n    }\n  }\n": typeof types.CertificationProgressDocument,
    "\n  mutation CertifyProvince($module: CertificationModule!, $provinceCode: String!, $fiscalYear: Int!) {\n    certifyProvince(module: $module, provinceCode: $provinceCode, fiscalYear: $fiscalYear) {\n      certifiedCount\n    }\n  }\n": typeof types.CertifyProvinceDocument,
    "\n  mutation WithdrawCertification($module: CertificationModule!, $laoCode: String!, $fiscalYear: Int!) {\n    withdrawCertification(module: $module, laoCode: $laoCode, fiscalYear: $fiscalYear) {\n      laoCode\n      status\n    }\n  }\n": typeof types.WithdrawCertificationDocument,
    "\n  mutation ReturnSubmission($module: CertificationModule!, $laoCode: String!, $fiscalYear: Int!, $reason: String!) {\n    returnSubmission(module: $module, laoCode: $laoCode, fiscalYear: $fiscalYear, reason: $reason) {\n      laoCode\n      status\n    }\n  }\n": typeof types.ReturnSubmissionDocument,
    "\n  mutation ReopenSubmission($module: CertificationModule!, $laoCode: String!, $fiscalYear: Int!, $reason: String!) {\n    reopenSubmission(module: $module, laoCode: $laoCode, fiscalYear: $fiscalYear, reason: $reason) {\n      laoCode\n      status\n    }\n  }\n": typeof types.ReopenSubmissionDocument,
    "\n  fragment EServiceItemFields on EServiceItem {\n    id\n    code\n    side\n    group\n    nameTh\n    nameEn\n    custom\n    offered\n    needed\n    steps\n    channels\n    otherChannels\n    users\n  }\n": typeof types.EServiceItemFieldsFragmentDoc,
    "\n  query EServiceSurvey($laoCode: String!, $fiscalYear: Int!) {\n    eServiceSurvey(laoCode: $laoCode, fiscalYear: $fiscalYear) {\n      laoCode\n      fiscalYear\n      status\n      complete\n      editable\n      allowedActions\n      windowOpen\n      opensAt\n      closesAt\n      laoCertifiedAt\n      provinceCertifiedAt\n      updatedAt\n      history {\n        ...SubmissionEventFields\n      }\n      localAuthority {\n        ...LocalAuthorityPlace\n      }\n      sides {\n        side\n        titleTh\n        titleEn\n        complete\n        savedAt\n        groups {\n          code\n          titleTh\n          titleEn\n        }\n        items {\n          ...EServiceItemFields\n        }\n      }\n    }\n  }\n": typeof types.EServiceSurveyDocument,
    "\n  mutation SaveEServiceSide($input: SaveEServiceSideInput!) {\n    saveEServiceSide(input: $input) {\n      side\n      complete\n      savedAt\n      items {\n        ...EServiceItemFields\n      }\n    }\n  }\n": typeof types.SaveEServiceSideDocument,
    "\n  mutation AddEServiceItem($input: AddEServiceItemInput!) {\n    addEServiceItem(input: $input) {\n      ...EServiceItemFields\n    }\n  }\n": typeof types.AddEServiceItemDocument,
    "\n  mutation DeleteEServiceItem($id: ID!) {\n    deleteEServiceItem(id: $id)\n  }\n": typeof types.DeleteEServiceItemDocument,
    "\n  mutation CertifyEServiceSurvey($laoCode: String!, $fiscalYear: Int!) {\n    certifyEServiceSurvey(laoCode: $laoCode, fiscalYear: $fiscalYear) {\n      laoCode\n      status\n      laoCertifiedAt\n    }\n  }\n": typeof types.CertifyEServiceSurveyDocument,
    "\n  query EServiceAdoption($fiscalYear: Int!, $provinceCode: String, $certifiedOnly: Boolean) {\n    eServiceAdoption(fiscalYear: $fiscalYear, provinceCode: $provinceCode, certifiedOnly: $certifiedOnly) {\n      itemCode\n      side\n      sideTitleTh\n      sideTitleEn\n      group\n      groupTitleTh\n      groupTitleEn\n      nameTh\n      nameEn\n      answered\n      offered\n      offeredShare\n      needed\n      notNeeded\n      steps {\n        step\n        count\n      }\n      channels {\n        channel\n        count\n      }\n      totalUsers\n    }\n  }\n": typeof types.EServiceAdoptionDocument,
    "\n  query EServiceProvinceAdoption($fiscalYear: Int!, $certifiedOnly: Boolean) {\n    eServiceProvinceAdoption(fiscalYear: $fiscalYear, certifiedOnly: $certifiedOnly) {\n      provinceCode\n      province {\n        code\n        nameTh\n        nameEn\n      }\n      laoCount\n      respondents\n      offeringAny\n      offeredShare\n    }\n  }\n": typeof types.EServiceProvinceAdoptionDocument,
    "\n  query InfoIndicators($fiscalYear: Int!) {\n    infoIndicators(fiscalYear: $fiscalYear) {\n      code\n      domain\n      position\n      labelTh\n      labelEn\n      unit\n      unitEn\n      valueType\n      required\n      linkedFrom\n      options {\n        value\n        labelTh\n        labelEn\n      }\n      min\n      max\n      decimals\n      maxLength\n      hintTh\n      hintEn\n    }\n  }\n": typeof types.InfoIndicatorsDocument,
    "\n  fragment InfoSectionFields on InfoSection {\n    domain\n    complete\n    missing\n    savedAt\n    values {\n      indicatorCode\n      value\n    }\n  }\n": typeof types.InfoSectionFieldsFragmentDoc,
    "\n  query InfoSubmission($laoCode: String!, $fiscalYear: Int!) {\n    infoSubmission(laoCode: $laoCode, fiscalYear: $fiscalYear) {\n      module\n      laoCode\n      fiscalYear\n      status\n      complete\n      lpaScore\n      laoCertifiedAt\n      provinceCertifiedAt\n      updatedAt\n      editable\n      allowedActions\n      windowOpen\n      opensAt\n      closesAt\n      history {\n        ...SubmissionEventFields\n      }\n      localAuthority {\n        ...LocalAuthorityPlace\n        type\n      }\n      sections {\n        ...InfoSectionFields\n      }\n    }\n  }\n": typeof types.InfoSubmissionDocument,
    "\n  mutation SaveInfoSection($input: SaveInfoSectionInput!) {\n    saveInfoSection(input: $input) {\n      ...InfoSectionFields\n    }\n  }\n": typeof types.SaveInfoSectionDocument,
    "\n  mutation CertifyInfo($laoCode: String!, $fiscalYear: Int!) {\n    certifyInfo(laoCode: $laoCode, fiscalYear: $fiscalYear) {\n      laoCode\n      fiscalYear\n      status\n      laoCertifiedAt\n    }\n  }\n": typeof types.CertifyInfoDocument,
    "\n  query LpaDistribution($fiscalYear: Int!, $provinceCode: String) {\n    lpaDistribution(fiscalYear: $fiscalYear, provinceCode: $provinceCode) {\n      score\n      count\n    }\n  }\n": typeof types.LpaDistributionDocument,
    "\n  query LpaScores($fiscalYear: Int!, $filter: LocalAuthorityFilter, $first: Int, $after: String) {\n    lpaScores(fiscalYear: $fiscalYear, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          laoCode\n          score\n          status\n          complete\n        }\n      }\n    }\n  }\n": typeof types.LpaScoresDocument,
    "\n  fragment LaoContacts on LocalAuthority {\n    code\n    website\n    updatedAt\n    infoAdmins {\n      name\n      position\n      phone\n    }\n  }\n": typeof types.LaoContactsFragmentDoc,
    "\n  query LaoProfile($code: String!) {\n    localAuthority(code: $code) {\n      ...LocalAuthorityPlace\n      ...LaoContacts\n      type\n    }\n  }\n": typeof types.LaoProfileDocument,
    "\n  mutation UpdateLocalAuthorityContacts($input: UpdateLocalAuthorityContactsInput!) {\n    updateLocalAuthorityContacts(input: $input) {\n      ...LaoContacts\n    }\n  }\n": typeof types.UpdateLocalAuthorityContactsDocument,
    "\n  query Provinces {\n    provinces {\n      code\n      nameTh\n      nameEn\n      districts {\n        code\n        nameTh\n        nameEn\n      }\n    }\n  }\n": typeof types.ProvincesDocument,
    "\n  fragment LocalAuthorityPlace on LocalAuthority {\n    code\n    nameTh\n    nameEn\n    district {\n      code\n      nameTh\n      nameEn\n    }\n    province {\n      code\n      nameTh\n      nameEn\n    }\n  }\n": typeof types.LocalAuthorityPlaceFragmentDoc,
    "\n  query LocalAuthorities($filter: LocalAuthorityFilter, $first: Int, $after: String) {\n    localAuthorities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...LocalAuthorityPlace\n          type\n          website\n        }\n      }\n    }\n  }\n": typeof types.LocalAuthoritiesDocument,
};
const documents: Documents = {
    "\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    keyPrefix\n    createdAt\n    createdBy\n    lastUsedAt\n    revokedAt\n    expiresAt\n    provinceCode\n    rights {\n      module\n      rights\n    }\n    usage(days: 30) {\n      day\n      requests\n      refusals\n    }\n  }\n": types.ApiKeyRowFragmentDoc,
    "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyRow\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        ...ApiKeyRow\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(input: { id: $id }) {\n      ...ApiKeyRow\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  fragment CycleDetail on CertificationCycle {\n    module\n    fiscalYear\n    deadline\n    windows {\n      opensAt\n      closesAt\n    }\n    extensions {\n      scopeCode\n      until\n    }\n  }\n": types.CycleDetailFragmentDoc,
    "\n  query CertificationCycle($module: CertificationModule!, $fiscalYear: Int!) {\n    certificationCycle(module: $module, fiscalYear: $fiscalYear) {\n      ...CycleDetail\n    }\n  }\n": types.CertificationCycleDocument,
    "\n  mutation OpenCertificationCycle($input: OpenCertificationCycleInput!) {\n    openCertificationCycle(input: $input) {\n      ...CycleDetail\n    }\n  }\n": types.OpenCertificationCycleDocument,
    "\n  mutation ExtendCertificationCycle($input: ExtendCertificationCycleInput!) {\n    extendCertificationCycle(input: $input) {\n      ...CycleDetail\n    }\n  }\n": types.ExtendCertificationCycleDocument,
    "\n  mutation RemoveCycleExtension($input: RemoveCycleExtensionInput!) {\n    removeCycleExtension(input: $input) {\n      ...CycleDetail\n    }\n  }\n": types.RemoveCycleExtensionDocument,
    "\n  fragment UserRow on User {\n    id\n    username\n    displayName\n    level\n    scopeCode\n    active\n    lastLoginAt\n  }\n": types.UserRowFragmentDoc,
    "\n  query Users($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation SetUserActive($username: String!, $active: Boolean!) {\n    updateUser(input: { username: $username, active: $active }) {\n      ...UserRow\n    }\n  }\n": types.SetUserActiveDocument,
    "\n  fragment AuditEntryRow on AuditEntry {\n    id\n    at\n    actor\n    actorLevel\n    apiKeyName\n    action\n    module\n    laoCode\n    subjectType\n    subjectId\n    subjectCount\n    purpose\n  }\n": types.AuditEntryRowFragmentDoc,
    "\n  query AuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AuditEntryRow\n        }\n      }\n    }\n  }\n": types.AuditTrailDocument,
    "\n  fragment CurrentUser on User {\n    id\n    username\n    displayName\n    level\n    scopeCode\n    active\n    rights {\n      module\n      rights\n    }\n  }\n": types.CurrentUserFragmentDoc,
    "\n  query Session {\n    me {\n      ...CurrentUser\n    }\n    currentFiscalYear\n  }\n": types.SessionDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n      expiresIn\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  fragment SubmissionEventFields on SubmissionEvent {\n    action\n    fromStatus\n    toStatus\n    actor\n    at\n    comment\n  }\n": types.SubmissionEventFieldsFragmentDoc,
    "\n  query Submissions($module: CertificationModule!, $fiscalYear: Int!, $filter: SubmissionFilter, $first: Int, $after: String) {\n    submissions(module: $module, fiscalYear: $fiscalYear, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          laoCode\n          fiscalYear\n          status\n          complete\n          laoCertifiedAt\n          provinceCertifiedAt\n          updatedAt\n          allowedActions\n          localAuthority {\n            ...LocalAuthorityPlace\n            type\n          }\n        }\n      }\n    }\n  }\n": types.SubmissionsDocument,
    "\n  query CertificationProgress($module: CertificationModule!, $fiscalYear: Int!, $provinceCode: String) {\n    certificationProgress(module: $module, fiscalYear: $fiscalYear, provinceCode: $provinceCode) {\n      provinceCode\n      province {\n        code\n        nameTh\n        nameEn\n      }\n      total\n      draft\n      laoCertified\n      provinceCertified\n    }\n  }\n": types.CertificationProgressDocument,
    "\n  mutation CertifyProvince($module: CertificationModule!, $provinceCode: String!, $fiscalYear: Int!) {\n    certifyProvince(module: $module, provinceCode: $provinceCode, fiscalYear: $fiscalYear) {\n      certifiedCount\n    }\n  }\n": types.CertifyProvinceDocument,
    "\n  mutation WithdrawCertification($module: CertificationModule!, $laoCode: String!, $fiscalYear: Int!) {\n    withdrawCertification(module: $module, laoCode: $laoCode, fiscalYear: $fiscalYear) {\n      laoCode\n      status\n    }\n  }\n": types.WithdrawCertificationDocument,
    "\n  mutation ReturnSubmission($module: CertificationModule!, $laoCode: String!, $fiscalYear: Int!, $reason: String!) {\n    returnSubmission(module: $module, laoCode: $laoCode, fiscalYear: $fiscalYear, reason: $reason) {\n      laoCode\n      status\n    }\n  }\n": types.ReturnSubmissionDocument,
    "\n  mutation ReopenSubmission($module: CertificationModule!, $laoCode: String!, $fiscalYear: Int!, $reason: String!) {\n    reopenSubmission(module: $module, laoCode: $laoCode, fiscalYear: $fiscalYear, reason: $reason) {\n      laoCode\n      status\n    }\n  }\n": types.ReopenSubmissionDocument,
    "\n  fragment EServiceItemFields on EServiceItem {\n    id\n    code\n    side\n    group\n    nameTh\n    nameEn\n    custom\n    offered\n    needed\n    steps\n    channels\n    otherChannels\n    users\n  }\n": types.EServiceItemFieldsFragmentDoc,
    "\n  query EServiceSurvey($laoCode: String!, $fiscalYear: Int!) {\n    eServiceSurvey(laoCode: $laoCode, fiscalYear: $fiscalYear) {\n      laoCode\n      fiscalYear\n      status\n      complete\n      editable\n      allowedActions\n      windowOpen\n      opensAt\n      closesAt\n      laoCertifiedAt\n      provinceCertifiedAt\n      updatedAt\n      history {\n        ...SubmissionEventFields\n      }\n      localAuthority {\n        ...LocalAuthorityPlace\n      }\n      sides {\n        side\n        titleTh\n        titleEn\n        complete\n        savedAt\n        groups {\n          code\n          titleTh\n          titleEn\n        }\n        items {\n          ...EServiceItemFields\n        }\n      }\n    }\n  }\n": types.EServiceSurveyDocument,
    "\n  mutation SaveEServiceSide($input: SaveEServiceSideInput!) {\n    saveEServiceSide(input: $input) {\n      side\n      complete\n      savedAt\n      items {\n        ...EServiceItemFields\n      }\n    }\n  }\n": types.SaveEServiceSideDocument,
    "\n  mutation AddEServiceItem($input: AddEServiceItemInput!) {\n    addEServiceItem(input: $input) {\n      ...EServiceItemFields\n    }\n  }\n": types.AddEServiceItemDocument,
    "\n  mutation DeleteEServiceItem($id: ID!) {\n    deleteEServiceItem(id: $id)\n  }\n": types.DeleteEServiceItemDocument,
    "\n  mutation CertifyEServiceSurvey($laoCode: String!, $fiscalYear: Int!) {\n    certifyEServiceSurvey(laoCode: $laoCode, fiscalYear: $fiscalYear) {\n      laoCode\n      status\n      laoCertifiedAt\n    }\n  }\n": types.CertifyEServiceSurveyDocument,
    "\n  query EServiceAdoption($fiscalYear: Int!, $provinceCode: String, $certifiedOnly: Boolean) {\n    eServiceAdoption(fiscalYear: $fiscalYear, provinceCode: $provinceCode, certifiedOnly: $certifiedOnly) {\n      itemCode\n      side\n      sideTitleTh\n      sideTitleEn\n      group\n      groupTitleTh\n      groupTitleEn\n      nameTh\n      nameEn\n      answered\n      offered\n      offeredShare\n      needed\n      notNeeded\n      steps {\n        step\n        count\n      }\n      channels {\n        channel\n        count\n      }\n      totalUsers\n    }\n  }\n": types.EServiceAdoptionDocument,
    "\n  query EServiceProvinceAdoption($fiscalYear: Int!, $certifiedOnly: Boolean) {\n    eServiceProvinceAdoption(fiscalYear: $fiscalYear, certifiedOnly: $certifiedOnly) {\n      provinceCode\n      province {\n        code\n        nameTh\n        nameEn\n      }\n      laoCount\n      respondents\n      offeringAny\n      offeredShare\n    }\n  }\n": types.EServiceProvinceAdoptionDocument,
    "\n  query InfoIndicators($fiscalYear: Int!) {\n    infoIndicators(fiscalYear: $fiscalYear) {\n      code\n      domain\n      position\n      labelTh\n      labelEn\n      unit\n      unitEn\n      valueType\n      required\n      linkedFrom\n      options {\n        value\n        labelTh\n        labelEn\n      }\n      min\n      max\n      decimals\n      maxLength\n      hintTh\n      hintEn\n    }\n  }\n": types.InfoIndicatorsDocument,
    "\n  fragment InfoSectionFields on InfoSection {\n    domain\n    complete\n    missing\n    savedAt\n    values {\n      indicatorCode\n      value\n    }\n  }\n": types.InfoSectionFieldsFragmentDoc,
    "\n  query InfoSubmission($laoCode: String!, $fiscalYear: Int!) {\n    infoSubmission(laoCode: $laoCode, fiscalYear: $fiscalYear) {\n      module\n      laoCode\n      fiscalYear\n      status\n      complete\n      lpaScore\n      laoCertifiedAt\n      provinceCertifiedAt\n      updatedAt\n      editable\n      allowedActions\n      windowOpen\n      opensAt\n      closesAt\n      history {\n        ...SubmissionEventFields\n      }\n      localAuthority {\n        ...LocalAuthorityPlace\n        type\n      }\n      sections {\n        ...InfoSectionFields\n      }\n    }\n  }\n": types.InfoSubmissionDocument,
    "\n  mutation SaveInfoSection($input: SaveInfoSectionInput!) {\n    saveInfoSection(input: $input) {\n      ...InfoSectionFields\n    }\n  }\n": types.SaveInfoSectionDocument,
    "\n  mutation CertifyInfo($laoCode: String!, $fiscalYear: Int!) {\n    certifyInfo(laoCode: $laoCode, fiscalYear: $fiscalYear) {\n      laoCode\n      fiscalYear\n      status\n      laoCertifiedAt\n    }\n  }\n": types.CertifyInfoDocument,
    "\n  query LpaDistribution($fiscalYear: Int!, $provinceCode: String) {\n    lpaDistribution(fiscalYear: $fiscalYear, provinceCode: $provinceCode) {\n      score\n      count\n    }\n  }\n": types.LpaDistributionDocument,
    "\n  query LpaScores($fiscalYear: Int!, $filter: LocalAuthorityFilter, $first: Int, $after: String) {\n    lpaScores(fiscalYear: $fiscalYear, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          laoCode\n          score\n          status\n          complete\n        }\n      }\n    }\n  }\n": types.LpaScoresDocument,
    "\n  fragment LaoContacts on LocalAuthority {\n    code\n    website\n    updatedAt\n    infoAdmins {\n      name\n      position\n      phone\n    }\n  }\n": types.LaoContactsFragmentDoc,
    "\n  query LaoProfile($code: String!) {\n    localAuthority(code: $code) {\n      ...LocalAuthorityPlace\n      ...LaoContacts\n      type\n    }\n  }\n": types.LaoProfileDocument,
    "\n  mutation UpdateLocalAuthorityContacts($input: UpdateLocalAuthorityContactsInput!) {\n    updateLocalAuthorityContacts(input: $input) {\n      ...LaoContacts\n    }\n  }\n": types.UpdateLocalAuthorityContactsDocument,
    "\n  query Provinces {\n    provinces {\n      code\n      nameTh\n      nameEn\n      districts {\n        code\n        nameTh\n        nameEn\n      }\n    }\n  }\n": types.ProvincesDocument,
    "\n  fragment LocalAuthorityPlace on LocalAuthority {\n    code\n    nameTh\n    nameEn\n    district {\n      code\n      nameTh\n      nameEn\n    }\n    province {\n      code\n      nameTh\n      nameEn\n    }\n  }\n": types.LocalAuthorityPlaceFragmentDoc,
    "\n  query LocalAuthorities($filter: LocalAuthorityFilter, $first: Int, $after: String) {\n    localAuthorities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...LocalAuthorityPlace\n          type\n          website\n        }\n      }\n    }\n  }\n": types.LocalAuthoritiesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    keyPrefix\n    createdAt\n    createdBy\n    lastUsedAt\n    revokedAt\n    expiresAt\n    provinceCode\n    rights {\n      module\n      rights\n    }\n    usage(days: 30) {\n      day\n      requests\n      refusals\n    }\n  }\n"): (typeof documents)["\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    keyPrefix\n    createdAt\n    createdBy\n    lastUsedAt\n    revokedAt\n    expiresAt\n    provinceCode\n    rights {\n      module\n      rights\n    }\n    usage(days: 30) {\n      day\n      requests\n      refusals\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyRow\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        ...ApiKeyRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        ...ApiKeyRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(input: { id: $id }) {\n      ...ApiKeyRow\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(input: { id: $id }) {\n      ...ApiKeyRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CycleDetail on CertificationCycle {\n    module\n    fiscalYear\n    deadline\n    windows {\n      opensAt\n      closesAt\n    }\n    extensions {\n      scopeCode\n      until\n    }\n  }\n"): (typeof documents)["\n  fragment CycleDetail on CertificationCycle {\n    module\n    fiscalYear\n    deadline\n    windows {\n      opensAt\n      closesAt\n    }\n    extensions {\n      scopeCode\n      until\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificationCycle($module: CertificationModule!, $fiscalYear: Int!) {\n    certificationCycle(module: $module, fiscalYear: $fiscalYear) {\n      ...CycleDetail\n    }\n  }\n"): (typeof documents)["\n  query CertificationCycle($module: CertificationModule!, $fiscalYear: Int!) {\n    certificationCycle(module: $module, fiscalYear: $fiscalYear) {\n      ...CycleDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCertificationCycle($input: OpenCertificationCycleInput!) {\n    openCertificationCycle(input: $input) {\n      ...CycleDetail\n    }\n  }\n"): (typeof documents)["\n  mutation OpenCertificationCycle($input: OpenCertificationCycleInput!) {\n    openCertificationCycle(input: $input) {\n      ...CycleDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendCertificationCycle($input: ExtendCertificationCycleInput!) {\n    extendCertificationCycle(input: $input) {\n      ...CycleDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendCertificationCycle($input: ExtendCertificationCycleInput!) {\n    extendCertificationCycle(input: $input) {\n      ...CycleDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCycleExtension($input: RemoveCycleExtensionInput!) {\n    removeCycleExtension(input: $input) {\n      ...CycleDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCycleExtension($input: RemoveCycleExtensionInput!) {\n    removeCycleExtension(input: $input) {\n      ...CycleDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow on User {\n    id\n    username\n    displayName\n    level\n    scopeCode\n    active\n    lastLoginAt\n  }\n"): (typeof documents)["\n  fragment UserRow on User {\n    id\n    username\n    displayName\n    level\n    scopeCode\n    active\n    lastLoginAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserActive($username: String!, $active: Boolean!) {\n    updateUser(input: { username: $username, active: $active }) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserActive($username: String!, $active: Boolean!) {\n    updateUser(input: { username: $username, active: $active }) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntryRow on AuditEntry {\n    id\n    at\n    actor\n    actorLevel\n    apiKeyName\n    action\n    module\n    laoCode\n    subjectType\n    subjectId\n    subjectCount\n    purpose\n  }\n"): (typeof documents)["\n  fragment AuditEntryRow on AuditEntry {\n    id\n    at\n    actor\n    actorLevel\n    apiKeyName\n    action\n    module\n    laoCode\n    subjectType\n    subjectId\n    subjectCount\n    purpose\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AuditEntryRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AuditEntryRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUser on User {\n    id\n    username\n    displayName\n    level\n    scopeCode\n    active\n    rights {\n      module\n      rights\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUser on User {\n    id\n    username\n    displayName\n    level\n    scopeCode\n    active\n    rights {\n      module\n      rights\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Session {\n    me {\n      ...CurrentUser\n    }\n    currentFiscalYear\n  }\n"): (typeof documents)["\n  query Session {\n    me {\n      ...CurrentUser\n    }\n    currentFiscalYear\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n      expiresIn\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n      expiresIn\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubmissionEventFields on SubmissionEvent {\n    action\n    fromStatus\n    toStatus\n    actor\n    at\n    comment\n  }\n"): (typeof documents)["\n  fragment SubmissionEventFields on SubmissionEvent {\n    action\n    fromStatus\n    toStatus\n    actor\n    at\n    comment\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Submissions($module: CertificationModule!, $fiscalYear: Int!, $filter: SubmissionFilter, $first: Int, $after: String) {\n    submissions(module: $module, fiscalYear: $fiscalYear, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          laoCode\n          fiscalYear\n          status\n          complete\n          laoCertifiedAt\n          provinceCertifiedAt\n          updatedAt\n          allowedActions\n          localAuthority {\n            ...LocalAuthorityPlace\n            type\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Submissions($module: CertificationModule!, $fiscalYear: Int!, $filter: SubmissionFilter, $first: Int, $after: String) {\n    submissions(module: $module, fiscalYear: $fiscalYear, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          laoCode\n          fiscalYear\n          status\n          complete\n          laoCertifiedAt\n          provinceCertifiedAt\n          updatedAt\n          allowedActions\n          localAuthority {\n            ...LocalAuthorityPlace\n            type\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificationProgress($module: CertificationModule!, $fiscalYear: Int!, $provinceCode: String) {\n    certificationProgress(module: $module, fiscalYear: $fiscalYear, provinceCode: $provinceCode) {\n      provinceCode\n      province {\n        code\n        nameTh\n        nameEn\n      }\n      total\n      draft\n      laoCertified\n      provinceCertified\n    }\n  }\n"): (typeof documents)["\n  query CertificationProgress($module: CertificationModule!, $fiscalYear: Int!, $provinceCode: String) {\n    certificationProgress(module: $module, fiscalYear: $fiscalYear, provinceCode: $provinceCode) {\n      provinceCode\n      province {\n        code\n        nameTh\n        nameEn\n      }\n      total\n      draft\n      laoCertified\n      provinceCertified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifyProvince($module: CertificationModule!, $provinceCode: String!, $fiscalYear: Int!) {\n    certifyProvince(module: $module, provinceCode: $provinceCode, fiscalYear: $fiscalYear) {\n      certifiedCount\n    }\n  }\n"): (typeof documents)["\n  mutation CertifyProvince($module: CertificationModule!, $provinceCode: String!, $fiscalYear: Int!) {\n    certifyProvince(module: $module, provinceCode: $provinceCode, fiscalYear: $fiscalYear) {\n      certifiedCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawCertification($module: CertificationModule!, $laoCode: String!, $fiscalYear: Int!) {\n    withdrawCertification(module: $module, laoCode: $laoCode, fiscalYear: $fiscalYear) {\n      laoCode\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawCertification($module: CertificationModule!, $laoCode: String!, $fiscalYear: Int!) {\n    withdrawCertification(module: $module, laoCode: $laoCode, fiscalYear: $fiscalYear) {\n      laoCode\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnSubmission($module: CertificationModule!, $laoCode: String!, $fiscalYear: Int!, $reason: String!) {\n    returnSubmission(module: $module, laoCode: $laoCode, fiscalYear: $fiscalYear, reason: $reason) {\n      laoCode\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnSubmission($module: CertificationModule!, $laoCode: String!, $fiscalYear: Int!, $reason: String!) {\n    returnSubmission(module: $module, laoCode: $laoCode, fiscalYear: $fiscalYear, reason: $reason) {\n      laoCode\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenSubmission($module: CertificationModule!, $laoCode: String!, $fiscalYear: Int!, $reason: String!) {\n    reopenSubmission(module: $module, laoCode: $laoCode, fiscalYear: $fiscalYear, reason: $reason) {\n      laoCode\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenSubmission($module: CertificationModule!, $laoCode: String!, $fiscalYear: Int!, $reason: String!) {\n    reopenSubmission(module: $module, laoCode: $laoCode, fiscalYear: $fiscalYear, reason: $reason) {\n      laoCode\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EServiceItemFields on EServiceItem {\n    id\n    code\n    side\n    group\n    nameTh\n    nameEn\n    custom\n    offered\n    needed\n    steps\n    channels\n    otherChannels\n    users\n  }\n"): (typeof documents)["\n  fragment EServiceItemFields on EServiceItem {\n    id\n    code\n    side\n    group\n    nameTh\n    nameEn\n    custom\n    offered\n    needed\n    steps\n    channels\n    otherChannels\n    users\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EServiceSurvey($laoCode: String!, $fiscalYear: Int!) {\n    eServiceSurvey(laoCode: $laoCode, fiscalYear: $fiscalYear) {\n      laoCode\n      fiscalYear\n      status\n      complete\n      editable\n      allowedActions\n      windowOpen\n      opensAt\n      closesAt\n      laoCertifiedAt\n      provinceCertifiedAt\n      updatedAt\n      history {\n        ...SubmissionEventFields\n      }\n      localAuthority {\n        ...LocalAuthorityPlace\n      }\n      sides {\n        side\n        titleTh\n        titleEn\n        complete\n        savedAt\n        groups {\n          code\n          titleTh\n          titleEn\n        }\n        items {\n          ...EServiceItemFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EServiceSurvey($laoCode: String!, $fiscalYear: Int!) {\n    eServiceSurvey(laoCode: $laoCode, fiscalYear: $fiscalYear) {\n      laoCode\n      fiscalYear\n      status\n      complete\n      editable\n      allowedActions\n      windowOpen\n      opensAt\n      closesAt\n      laoCertifiedAt\n      provinceCertifiedAt\n      updatedAt\n      history {\n        ...SubmissionEventFields\n      }\n      localAuthority {\n        ...LocalAuthorityPlace\n      }\n      sides {\n        side\n        titleTh\n        titleEn\n        complete\n        savedAt\n        groups {\n          code\n          titleTh\n          titleEn\n        }\n        items {\n          ...EServiceItemFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveEServiceSide($input: SaveEServiceSideInput!) {\n    saveEServiceSide(input: $input) {\n      side\n      complete\n      savedAt\n      items {\n        ...EServiceItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveEServiceSide($input: SaveEServiceSideInput!) {\n    saveEServiceSide(input: $input) {\n      side\n      complete\n      savedAt\n      items {\n        ...EServiceItemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEServiceItem($input: AddEServiceItemInput!) {\n    addEServiceItem(input: $input) {\n      ...EServiceItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddEServiceItem($input: AddEServiceItemInput!) {\n    addEServiceItem(input: $input) {\n      ...EServiceItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteEServiceItem($id: ID!) {\n    deleteEServiceItem(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteEServiceItem($id: ID!) {\n    deleteEServiceItem(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifyEServiceSurvey($laoCode: String!, $fiscalYear: Int!) {\n    certifyEServiceSurvey(laoCode: $laoCode, fiscalYear: $fiscalYear) {\n      laoCode\n      status\n      laoCertifiedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CertifyEServiceSurvey($laoCode: String!, $fiscalYear: Int!) {\n    certifyEServiceSurvey(laoCode: $laoCode, fiscalYear: $fiscalYear) {\n      laoCode\n      status\n      laoCertifiedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EServiceAdoption($fiscalYear: Int!, $provinceCode: String, $certifiedOnly: Boolean) {\n    eServiceAdoption(fiscalYear: $fiscalYear, provinceCode: $provinceCode, certifiedOnly: $certifiedOnly) {\n      itemCode\n      side\n      sideTitleTh\n      sideTitleEn\n      group\n      groupTitleTh\n      groupTitleEn\n      nameTh\n      nameEn\n      answered\n      offered\n      offeredShare\n      needed\n      notNeeded\n      steps {\n        step\n        count\n      }\n      channels {\n        channel\n        count\n      }\n      totalUsers\n    }\n  }\n"): (typeof documents)["\n  query EServiceAdoption($fiscalYear: Int!, $provinceCode: String, $certifiedOnly: Boolean) {\n    eServiceAdoption(fiscalYear: $fiscalYear, provinceCode: $provinceCode, certifiedOnly: $certifiedOnly) {\n      itemCode\n      side\n      sideTitleTh\n      sideTitleEn\n      group\n      groupTitleTh\n      groupTitleEn\n      nameTh\n      nameEn\n      answered\n      offered\n      offeredShare\n      needed\n      notNeeded\n      steps {\n        step\n        count\n      }\n      channels {\n        channel\n        count\n      }\n      totalUsers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EServiceProvinceAdoption($fiscalYear: Int!, $certifiedOnly: Boolean) {\n    eServiceProvinceAdoption(fiscalYear: $fiscalYear, certifiedOnly: $certifiedOnly) {\n      provinceCode\n      province {\n        code\n        nameTh\n        nameEn\n      }\n      laoCount\n      respondents\n      offeringAny\n      offeredShare\n    }\n  }\n"): (typeof documents)["\n  query EServiceProvinceAdoption($fiscalYear: Int!, $certifiedOnly: Boolean) {\n    eServiceProvinceAdoption(fiscalYear: $fiscalYear, certifiedOnly: $certifiedOnly) {\n      provinceCode\n      province {\n        code\n        nameTh\n        nameEn\n      }\n      laoCount\n      respondents\n      offeringAny\n      offeredShare\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InfoIndicators($fiscalYear: Int!) {\n    infoIndicators(fiscalYear: $fiscalYear) {\n      code\n      domain\n      position\n      labelTh\n      labelEn\n      unit\n      unitEn\n      valueType\n      required\n      linkedFrom\n      options {\n        value\n        labelTh\n        labelEn\n      }\n      min\n      max\n      decimals\n      maxLength\n      hintTh\n      hintEn\n    }\n  }\n"): (typeof documents)["\n  query InfoIndicators($fiscalYear: Int!) {\n    infoIndicators(fiscalYear: $fiscalYear) {\n      code\n      domain\n      position\n      labelTh\n      labelEn\n      unit\n      unitEn\n      valueType\n      required\n      linkedFrom\n      options {\n        value\n        labelTh\n        labelEn\n      }\n      min\n      max\n      decimals\n      maxLength\n      hintTh\n      hintEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InfoSectionFields on InfoSection {\n    domain\n    complete\n    missing\n    savedAt\n    values {\n      indicatorCode\n      value\n    }\n  }\n"): (typeof documents)["\n  fragment InfoSectionFields on InfoSection {\n    domain\n    complete\n    missing\n    savedAt\n    values {\n      indicatorCode\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InfoSubmission($laoCode: String!, $fiscalYear: Int!) {\n    infoSubmission(laoCode: $laoCode, fiscalYear: $fiscalYear) {\n      module\n      laoCode\n      fiscalYear\n      status\n      complete\n      lpaScore\n      laoCertifiedAt\n      provinceCertifiedAt\n      updatedAt\n      editable\n      allowedActions\n      windowOpen\n      opensAt\n      closesAt\n      history {\n        ...SubmissionEventFields\n      }\n      localAuthority {\n        ...LocalAuthorityPlace\n        type\n      }\n      sections {\n        ...InfoSectionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query InfoSubmission($laoCode: String!, $fiscalYear: Int!) {\n    infoSubmission(laoCode: $laoCode, fiscalYear: $fiscalYear) {\n      module\n      laoCode\n      fiscalYear\n      status\n      complete\n      lpaScore\n      laoCertifiedAt\n      provinceCertifiedAt\n      updatedAt\n      editable\n      allowedActions\n      windowOpen\n      opensAt\n      closesAt\n      history {\n        ...SubmissionEventFields\n      }\n      localAuthority {\n        ...LocalAuthorityPlace\n        type\n      }\n      sections {\n        ...InfoSectionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveInfoSection($input: SaveInfoSectionInput!) {\n    saveInfoSection(input: $input) {\n      ...InfoSectionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveInfoSection($input: SaveInfoSectionInput!) {\n    saveInfoSection(input: $input) {\n      ...InfoSectionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifyInfo($laoCode: String!, $fiscalYear: Int!) {\n    certifyInfo(laoCode: $laoCode, fiscalYear: $fiscalYear) {\n      laoCode\n      fiscalYear\n      status\n      laoCertifiedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CertifyInfo($laoCode: String!, $fiscalYear: Int!) {\n    certifyInfo(laoCode: $laoCode, fiscalYear: $fiscalYear) {\n      laoCode\n      fiscalYear\n      status\n      laoCertifiedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LpaDistribution($fiscalYear: Int!, $provinceCode: String) {\n    lpaDistribution(fiscalYear: $fiscalYear, provinceCode: $provinceCode) {\n      score\n      count\n    }\n  }\n"): (typeof documents)["\n  query LpaDistribution($fiscalYear: Int!, $provinceCode: String) {\n    lpaDistribution(fiscalYear: $fiscalYear, provinceCode: $provinceCode) {\n      score\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LpaScores($fiscalYear: Int!, $filter: LocalAuthorityFilter, $first: Int, $after: String) {\n    lpaScores(fiscalYear: $fiscalYear, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          laoCode\n          score\n          status\n          complete\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LpaScores($fiscalYear: Int!, $filter: LocalAuthorityFilter, $first: Int, $after: String) {\n    lpaScores(fiscalYear: $fiscalYear, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          laoCode\n          score\n          status\n          complete\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LaoContacts on LocalAuthority {\n    code\n    website\n    updatedAt\n    infoAdmins {\n      name\n      position\n      phone\n    }\n  }\n"): (typeof documents)["\n  fragment LaoContacts on LocalAuthority {\n    code\n    website\n    updatedAt\n    infoAdmins {\n      name\n      position\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LaoProfile($code: String!) {\n    localAuthority(code: $code) {\n      ...LocalAuthorityPlace\n      ...LaoContacts\n      type\n    }\n  }\n"): (typeof documents)["\n  query LaoProfile($code: String!) {\n    localAuthority(code: $code) {\n      ...LocalAuthorityPlace\n      ...LaoContacts\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLocalAuthorityContacts($input: UpdateLocalAuthorityContactsInput!) {\n    updateLocalAuthorityContacts(input: $input) {\n      ...LaoContacts\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLocalAuthorityContacts($input: UpdateLocalAuthorityContactsInput!) {\n    updateLocalAuthorityContacts(input: $input) {\n      ...LaoContacts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Provinces {\n    provinces {\n      code\n      nameTh\n      nameEn\n      districts {\n        code\n        nameTh\n        nameEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query Provinces {\n    provinces {\n      code\n      nameTh\n      nameEn\n      districts {\n        code\n        nameTh\n        nameEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LocalAuthorityPlace on LocalAuthority {\n    code\n    nameTh\n    nameEn\n    district {\n      code\n      nameTh\n      nameEn\n    }\n    province {\n      code\n      nameTh\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  fragment LocalAuthorityPlace on LocalAuthority {\n    code\n    nameTh\n    nameEn\n    district {\n      code\n      nameTh\n      nameEn\n    }\n    province {\n      code\n      nameTh\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocalAuthorities($filter: LocalAuthorityFilter, $first: Int, $after: String) {\n    localAuthorities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...LocalAuthorityPlace\n          type\n          website\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LocalAuthorities($filter: LocalAuthorityFilter, $first: Int, $after: String) {\n    localAuthorities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...LocalAuthorityPlace\n          type\n          website\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;