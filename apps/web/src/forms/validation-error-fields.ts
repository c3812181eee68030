import { graphql } from '../graphql/generated/index.ts';

/**
 * What every form reads from a ValidationError: the summary and the field errors, whose paths
 * mirror the mutation input. Operations spread it in their payload union instead of repeating it.
 */
export const FieldErrors_validationError = graphql(`
  fragment FieldErrors_validationError on ValidationError {
    message
    fieldErrors {
      path
      message
    }
  }
`);
