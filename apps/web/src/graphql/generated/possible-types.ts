
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "CreateOAuthClientPayload": [
      "CreateOAuthClientSuccess",
      "IdpRegistrationError",
      "ValidationError"
    ],
    "SignInPayload": [
      "InvalidCredentialsError",
      "SignInSuccess",
      "ValidationError"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "CreateOAuthClientPayload": [
      "CreateOAuthClientSuccess",
      "IdpRegistrationError",
      "ValidationError"
    ],
    "SignInPayload": [
      "InvalidCredentialsError",
      "SignInSuccess",
      "ValidationError"
    ]
  }
};
      export default result;
    