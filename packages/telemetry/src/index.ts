export { REQUEST_ID_HEADER, requestIdFrom } from './request-id.ts';
export { newTraceparent, traceIdOf, traceparentFrom, TRACEPARENT_HEADER, TRACESTATE_HEADER } from './traceparent.ts';
export { METRICS_PATH, serveMetrics, type MetricsServer } from './serve-metrics.ts';
export { sendReadiness, type ReadinessCheck, type ReadinessResult } from './readiness.ts';
export { currentRequestIds, runWithRequestIds, type RequestIds } from './request-context.ts';
