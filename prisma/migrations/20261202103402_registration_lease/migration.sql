-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_IdpCleanup" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "developerId" TEXT,
    "state" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "registrationEndpoint" TEXT NOT NULL,
    "clientName" TEXT NOT NULL,
    "clientId" TEXT,
    "registrationClientUri" TEXT,
    "registrationAccessTokenEnc" TEXT,
    "problem" TEXT,
    "leaseOwner" TEXT,
    "leaseExpiresAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "idempotencyKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "IdpCleanup_developerId_fkey" FOREIGN KEY ("developerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_IdpCleanup" ("clientId", "clientName", "createdAt", "developerId", "id", "problem", "provider", "registrationAccessTokenEnc", "registrationClientUri", "registrationEndpoint", "state", "updatedAt") SELECT "clientId", "clientName", "createdAt", "developerId", "id", "problem", "provider", "registrationAccessTokenEnc", "registrationClientUri", "registrationEndpoint", "state", "updatedAt" FROM "IdpCleanup";
DROP TABLE "IdpCleanup";
ALTER TABLE "new_IdpCleanup" RENAME TO "IdpCleanup";
CREATE INDEX "IdpCleanup_state_createdAt_idx" ON "IdpCleanup"("state", "createdAt");
CREATE INDEX "IdpCleanup_state_leaseExpiresAt_idx" ON "IdpCleanup"("state", "leaseExpiresAt");
CREATE UNIQUE INDEX "IdpCleanup_developerId_idempotencyKey_key" ON "IdpCleanup"("developerId", "idempotencyKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
