
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "AddDeveloperPayload": [
      "AddDeveloperSuccess",
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
      "ValidationError"
    ],
    "SignUpPayload": [
      "SignUpDisabledError",
      "SignUpSuccess",
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
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "AddDeveloperPayload": [
      "AddDeveloperSuccess",
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
      "ValidationError"
    ],
    "SignUpPayload": [
      "SignUpDisabledError",
      "SignUpSuccess",
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
    ]
  }
};
      export default result;
    