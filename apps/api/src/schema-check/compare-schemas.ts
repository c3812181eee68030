import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

export interface SchemaComparison {
  breaking: Change[];
  dangerous: Change[];
  compatible: Change[];
}

/**
 * Classifies every difference between the published baseline and the current schema with
 * GraphQL Inspector's rules: removing or retyping a field, argument or enum value breaks
 * integrators' queries; adding optional things does not.
 */
export async function compareSchemas(baselineSdl: string, currentSdl: string): Promise<SchemaComparison> {
  const changes = await diff(buildSchema(baselineSdl), buildSchema(currentSdl));
  const at = (level: CriticalityLevel) => changes.filter((c) => c.criticality.level === level);
  return { breaking: at(CriticalityLevel.Breaking), dangerous: at(CriticalityLevel.Dangerous), compatible: at(CriticalityLevel.NonBreaking) };
}
