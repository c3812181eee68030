/**
 * The portal's session cookie (apps/api/src/modules/auth/session-cookie.ts sets it). Shared so
 * the gateway can drop it from requests it forwards: on one host (localhost, or a shared parent
 * domain) the browser sends it to the gateway too, and an upstream must never see it.
 */
export const PORTAL_SESSION_COOKIE = 'gatehouse_session';
