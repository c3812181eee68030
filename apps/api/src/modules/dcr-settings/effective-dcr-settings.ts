import type { DcrSettings } from '@gatehouse/db';
import type { GrantType, Provider, ResponseType, TokenEndpointAuthMethod } from '@gatehouse/dcr';

/** DCR settings as the registration code uses them, with where they came from. */
export interface EffectiveDcrSettings {
  /** OVERRIDE when the catalogue entry ticks "Override global settings". */
  source: 'GLOBAL' | 'OVERRIDE';
  enabled: boolean;
  provider: Provider;
  grantTypes: GrantType[];
  responseTypes: ResponseType[];
  tokenEndpointAuthMethod: TokenEndpointAuthMethod;
  idpHost: string | null;
  registrationEndpoint: string | null;
  /** Still sealed; opened only when registering. */
  initialAccessTokenEnc: string | null;
}

const list = <T extends string>(value: string) => value.split(' ').filter(Boolean) as T[];

export function toEffective(settings: DcrSettings, source: EffectiveDcrSettings['source']): EffectiveDcrSettings {
  return {
    source,
    enabled: settings.enabled,
    provider: settings.provider as Provider,
    grantTypes: list<GrantType>(settings.grantTypes),
    responseTypes: list<ResponseType>(settings.responseTypes),
    tokenEndpointAuthMethod: settings.tokenEndpointAuthMethod as TokenEndpointAuthMethod,
    idpHost: settings.idpHost,
    registrationEndpoint: settings.registrationEndpoint,
    initialAccessTokenEnc: settings.initialAccessTokenEnc,
  };
}

/** The override when ticked (and present), else the global settings (issue 3's first rule). */
export function effectiveDcrSettings(
  entry: { overrideGlobalDcr: boolean; dcrOverride: DcrSettings | null },
  global: DcrSettings,
): EffectiveDcrSettings {
  return entry.overrideGlobalDcr && entry.dcrOverride ? toEffective(entry.dcrOverride, 'OVERRIDE') : toEffective(global, 'GLOBAL');
}
