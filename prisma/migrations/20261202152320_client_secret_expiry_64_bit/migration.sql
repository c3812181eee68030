-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_OAuthClient" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "developerId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "registrationEndpoint" TEXT NOT NULL,
    "idpOrigin" TEXT NOT NULL DEFAULT '',
    "provider" TEXT NOT NULL,
    "clientName" TEXT NOT NULL,
    "clientSecretEnc" TEXT,
    "clientSecretExpiresAt" BIGINT,
    "registrationAccessTokenEnc" TEXT,
    "registrationClientUri" TEXT,
    "metadataJson" TEXT NOT NULL,
    "requestedMetadataJson" TEXT,
    "tokenEndpoint" TEXT,
    "idempotencyKey" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "OAuthClient_developerId_fkey" FOREIGN KEY ("developerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_OAuthClient" ("clientId", "clientName", "clientSecretEnc", "clientSecretExpiresAt", "createdAt", "developerId", "id", "idempotencyKey", "idpOrigin", "metadataJson", "provider", "registrationAccessTokenEnc", "registrationClientUri", "registrationEndpoint", "requestedMetadataJson", "tokenEndpoint", "updatedAt") SELECT "clientId", "clientName", "clientSecretEnc", "clientSecretExpiresAt", "createdAt", "developerId", "id", "idempotencyKey", "idpOrigin", "metadataJson", "provider", "registrationAccessTokenEnc", "registrationClientUri", "registrationEndpoint", "requestedMetadataJson", "tokenEndpoint", "updatedAt" FROM "OAuthClient";
DROP TABLE "OAuthClient";
ALTER TABLE "new_OAuthClient" RENAME TO "OAuthClient";
CREATE INDEX "OAuthClient_clientId_idx" ON "OAuthClient"("clientId");
CREATE INDEX "OAuthClient_createdAt_id_idx" ON "OAuthClient"("createdAt", "id");
CREATE INDEX "OAuthClient_developerId_createdAt_id_idx" ON "OAuthClient"("developerId", "createdAt", "id");
CREATE UNIQUE INDEX "OAuthClient_idpOrigin_clientId_key" ON "OAuthClient"("idpOrigin", "clientId");
CREATE UNIQUE INDEX "OAuthClient_developerId_idempotencyKey_key" ON "OAuthClient"("developerId", "idempotencyKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
