-- A client's identity is its client_id at one identity provider, whatever spelling of the
-- registration endpoint it was registered through: the endpoint's origin (scheme, host, port).
ALTER TABLE "OAuthClient" ADD COLUMN "idpOrigin" TEXT NOT NULL DEFAULT '';
-- What the portal asked for (RFC 7591 section 2), to show what the identity provider changed.
ALTER TABLE "OAuthClient" ADD COLUMN "requestedMetadataJson" TEXT;

-- scheme://host[:port] of each stored registration endpoint.
UPDATE "OAuthClient" SET "idpOrigin" = lower(
  substr("registrationEndpoint", 1, instr("registrationEndpoint", '://') + 2 +
    CASE WHEN instr(substr("registrationEndpoint", instr("registrationEndpoint", '://') + 3), '/') = 0
      THEN length("registrationEndpoint")
      ELSE instr(substr("registrationEndpoint", instr("registrationEndpoint", '://') + 3), '/') - 1
    END));

-- Clients stored twice for one IdP before this rule (the same client_id through two endpoint
-- spellings) keep their old identity, the full endpoint, so the index can be built; the
-- oldest keeps the origin.
UPDATE "OAuthClient" SET "idpOrigin" = "registrationEndpoint"
WHERE EXISTS (
  SELECT 1 FROM "OAuthClient" AS "older"
  WHERE "older"."idpOrigin" = "OAuthClient"."idpOrigin" AND "older"."clientId" = "OAuthClient"."clientId"
    AND ("older"."createdAt" < "OAuthClient"."createdAt" OR ("older"."createdAt" = "OAuthClient"."createdAt" AND "older"."id" < "OAuthClient"."id"))
);

DROP INDEX "OAuthClient_registrationEndpoint_clientId_key";
CREATE UNIQUE INDEX "OAuthClient_idpOrigin_clientId_key" ON "OAuthClient"("idpOrigin", "clientId");
