import { quotaRefusal, rateLimitRefusal, reportQuota, reportRateLimit } from './enforce-limits.ts';
import { gatewayResponses, type GatewayResponse } from './gateway-responses.ts';
import type { GatewayExchange, RequestStep } from './request-step.ts';
import type { SharedLimits, TakeLimitsReply } from './shared-limits.ts';

/**
 * The limits step when gateways share Redis: the same rate limit and quota as enforce-limits.ts,
 * counted in Redis by one script call, so N gateways together admit the policy's limit. Requests
 * under a policy without limits never reach Redis. While Redis fails (or its breaker is open)
 * the policy's `limitsWhenRedisDown` decides, or when it has none the gateway's fail mode:
 * ALLOW (`open`) runs `local` (this gateway's in-memory limits), REFUSE (`closed`) answers 503.
 */
export function enforceSharedLimits(shared: SharedLimits, local: RequestStep): RequestStep {
  const gatewayDefault = shared.failMode === 'open' ? 'ALLOW' : 'REFUSE';
  const unavailable = (exchange: GatewayExchange) =>
    (exchange.policy!.limitsWhenRedisDown ?? gatewayDefault) === 'ALLOW' ? local(exchange) : gatewayResponses.limitsUnavailable;

  return (exchange) => {
    const policy = exchange.policy!;
    const { rateLimit, quota } = policy;
    if (rateLimit === null && quota === null) return undefined;
    // A rate of 0 refuses everything: no need to ask Redis.
    if (rateLimit !== null && rateLimit.requests === 0) return rateLimitRefusal(rateLimit, Infinity);
    if (!shared.breaker.allows()) return unavailable(exchange);
    return shared.take(exchange.client!.id, policy).then(
      (reply) => {
        shared.breaker.succeeded();
        return judge(exchange, reply);
      },
      (err: unknown) => {
        shared.breaker.failed(err);
        return unavailable(exchange);
      },
    );
  };
}

function judge(exchange: GatewayExchange, reply: TakeLimitsReply): GatewayResponse | undefined {
  const { rateLimit, quota } = exchange.policy!;
  if (reply[0] === 'rate') return rateLimitRefusal(rateLimit!, Number(reply[1]));
  if (reply[0] === 'quota') return quotaRefusal(quota!, Number(reply[1]));
  if (rateLimit !== null) reportRateLimit(exchange, rateLimit, Number(reply[1]));
  if (quota !== null) reportQuota(exchange, quota, Number(reply[2]), Number(reply[3]));
  return undefined;
}
