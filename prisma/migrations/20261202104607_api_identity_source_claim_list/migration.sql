-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Api" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "listenPath" TEXT NOT NULL,
    "upstreamUrl" TEXT NOT NULL,
    "authMode" TEXT NOT NULL DEFAULT 'JWT',
    "jwksUri" TEXT NOT NULL,
    "identitySource" TEXT NOT NULL DEFAULT 'client_id azp cid',
    "issuer" TEXT,
    "audience" TEXT,
    "defaultPolicyId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Api_defaultPolicyId_fkey" FOREIGN KEY ("defaultPolicyId") REFERENCES "Policy" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Api" ("active", "audience", "authMode", "createdAt", "defaultPolicyId", "id", "identitySource", "issuer", "jwksUri", "listenPath", "name", "updatedAt", "upstreamUrl") SELECT "active", "audience", "authMode", "createdAt", "defaultPolicyId", "id", "identitySource", "issuer", "jwksUri", "listenPath", "name", "updatedAt", "upstreamUrl" FROM "Api";
DROP TABLE "Api";
ALTER TABLE "new_Api" RENAME TO "Api";
CREATE UNIQUE INDEX "Api_name_key" ON "Api"("name");
CREATE UNIQUE INDEX "Api_listenPath_key" ON "Api"("listenPath");
CREATE INDEX "Api_defaultPolicyId_idx" ON "Api"("defaultPolicyId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
