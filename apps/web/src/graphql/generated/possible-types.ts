
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "AddDeveloperPayload": [
      "AddDeveloperSuccess",
      "ValidationError"
    ],
    "CallApiPayload": [
      "ApiCallFailedError",
      "ApiCallResponse",
      "ValidationError"
    ],
    "ChangePasswordPayload": [
      "ChangePasswordSuccess",
      "ValidationError"
    ],
    "ClientUsageResult": [
      "ClientUsage",
      "UsageUnavailable"
    ],
    "CreateApiPayload": [
      "CreateApiSuccess",
      "ValidationError"
    ],
    "CreateApiTokenPayload": [
      "CreateApiTokenSuccess",
      "ValidationError"
    ],
    "CreateCatalogueEntryPayload": [
      "CreateCatalogueEntrySuccess",
      "ValidationError"
    ],
    "CreateOAuthClientPayload": [
      "CreateOAuthClientSuccess",
      "IdpRegistrationError",
      "ValidationError"
    ],
    "CreatePolicyPayload": [
      "CreatePolicySuccess",
      "ValidationError"
    ],
    "DeleteApiPayload": [
      "DeleteApiSuccess",
      "InUseError"
    ],
    "DeleteCatalogueEntryPayload": [
      "DeleteCatalogueEntrySuccess",
      "InUseError"
    ],
    "DeleteOAuthClientPayload": [
      "DeleteOAuthClientSuccess",
      "IdpOperationUnsupportedError",
      "IdpRegistrationError"
    ],
    "DeletePolicyPayload": [
      "DeletePolicySuccess",
      "InUseError"
    ],
    "DiscoverIdentityProviderPayload": [
      "DiscoveryFailedError",
      "IdentityProviderDiscovery",
      "ValidationError"
    ],
    "ExchangeAuthorizationCodePayload": [
      "AccessTokenResult",
      "AuthorizationRequestExpiredError",
      "TokenRequestError",
      "ValidationError"
    ],
    "GetClientCredentialsTokenPayload": [
      "AccessTokenResult",
      "TokenGrantUnavailableError",
      "TokenRequestError",
      "ValidationError"
    ],
    "ResolveIdpCleanupPayload": [
      "IdpOperationUnsupportedError",
      "IdpRegistrationError",
      "ResolveIdpCleanupSuccess"
    ],
    "RotateOAuthClientSecretPayload": [
      "IdpOperationUnsupportedError",
      "IdpRegistrationError",
      "RotateOAuthClientSecretSuccess"
    ],
    "SignInPayload": [
      "InvalidCredentialsError",
      "SignInSuccess",
      "SignInThrottledError",
      "ValidationError"
    ],
    "SignUpPayload": [
      "SignUpDisabledError",
      "SignUpSuccess",
      "ValidationError"
    ],
    "StartAuthorizationPayload": [
      "AuthorizationStarted",
      "IdpOperationUnsupportedError",
      "IdpRegistrationError",
      "TokenGrantUnavailableError",
      "ValidationError"
    ],
    "UpdateApiPayload": [
      "UpdateApiSuccess",
      "ValidationError"
    ],
    "UpdateCatalogueEntryPayload": [
      "UpdateCatalogueEntrySuccess",
      "ValidationError"
    ],
    "UpdateOAuthClientPayload": [
      "IdpOperationUnsupportedError",
      "IdpRegistrationError",
      "UpdateOAuthClientSuccess",
      "ValidationError"
    ],
    "UpdatePolicyPayload": [
      "UpdatePolicySuccess",
      "ValidationError"
    ],
    "UpdatePortalSettingsPayload": [
      "UpdatePortalSettingsSuccess",
      "ValidationError"
    ],
    "UsageOverTimeResult": [
      "UsageOverTime",
      "ValidationError"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "AddDeveloperPayload": [
      "AddDeveloperSuccess",
      "ValidationError"
    ],
    "CallApiPayload": [
      "ApiCallFailedError",
      "ApiCallResponse",
      "ValidationError"
    ],
    "ChangePasswordPayload": [
      "ChangePasswordSuccess",
      "ValidationError"
    ],
    "ClientUsageResult": [
      "ClientUsage",
      "UsageUnavailable"
    ],
    "CreateApiPayload": [
      "CreateApiSuccess",
      "ValidationError"
    ],
    "CreateApiTokenPayload": [
      "CreateApiTokenSuccess",
      "ValidationError"
    ],
    "CreateCatalogueEntryPayload": [
      "CreateCatalogueEntrySuccess",
      "ValidationError"
    ],
    "CreateOAuthClientPayload": [
      "CreateOAuthClientSuccess",
      "IdpRegistrationError",
      "ValidationError"
    ],
    "CreatePolicyPayload": [
      "CreatePolicySuccess",
      "ValidationError"
    ],
    "DeleteApiPayload": [
      "DeleteApiSuccess",
      "InUseError"
    ],
    "DeleteCatalogueEntryPayload": [
      "DeleteCatalogueEntrySuccess",
      "InUseError"
    ],
    "DeleteOAuthClientPayload": [
      "DeleteOAuthClientSuccess",
      "IdpOperationUnsupportedError",
      "IdpRegistrationError"
    ],
    "DeletePolicyPayload": [
      "DeletePolicySuccess",
      "InUseError"
    ],
    "DiscoverIdentityProviderPayload": [
      "DiscoveryFailedError",
      "IdentityProviderDiscovery",
      "ValidationError"
    ],
    "ExchangeAuthorizationCodePayload": [
      "AccessTokenResult",
      "AuthorizationRequestExpiredError",
      "TokenRequestError",
      "ValidationError"
    ],
    "GetClientCredentialsTokenPayload": [
      "AccessTokenResult",
      "TokenGrantUnavailableError",
      "TokenRequestError",
      "ValidationError"
    ],
    "ResolveIdpCleanupPayload": [
      "IdpOperationUnsupportedError",
      "IdpRegistrationError",
      "ResolveIdpCleanupSuccess"
    ],
    "RotateOAuthClientSecretPayload": [
      "IdpOperationUnsupportedError",
      "IdpRegistrationError",
      "RotateOAuthClientSecretSuccess"
    ],
    "SignInPayload": [
      "InvalidCredentialsError",
      "SignInSuccess",
      "SignInThrottledError",
      "ValidationError"
    ],
    "SignUpPayload": [
      "SignUpDisabledError",
      "SignUpSuccess",
      "ValidationError"
    ],
    "StartAuthorizationPayload": [
      "AuthorizationStarted",
      "IdpOperationUnsupportedError",
      "IdpRegistrationError",
      "TokenGrantUnavailableError",
      "ValidationError"
    ],
    "UpdateApiPayload": [
      "UpdateApiSuccess",
      "ValidationError"
    ],
    "UpdateCatalogueEntryPayload": [
      "UpdateCatalogueEntrySuccess",
      "ValidationError"
    ],
    "UpdateOAuthClientPayload": [
      "IdpOperationUnsupportedError",
      "IdpRegistrationError",
      "UpdateOAuthClientSuccess",
      "ValidationError"
    ],
    "UpdatePolicyPayload": [
      "UpdatePolicySuccess",
      "ValidationError"
    ],
    "UpdatePortalSettingsPayload": [
      "UpdatePortalSettingsSuccess",
      "ValidationError"
    ],
    "UsageOverTimeResult": [
      "UsageOverTime",
      "ValidationError"
    ]
  }
};
      export default result;
    