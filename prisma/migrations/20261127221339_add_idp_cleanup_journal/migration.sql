-- CreateTable
CREATE TABLE "IdpCleanup" (
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "IdpCleanup_developerId_fkey" FOREIGN KEY ("developerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "IdpCleanup_state_createdAt_idx" ON "IdpCleanup"("state", "createdAt");
