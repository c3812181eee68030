-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Api" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "listenPath" TEXT NOT NULL,
    "upstreamUrl" TEXT NOT NULL,
    "authMode" TEXT NOT NULL DEFAULT 'JWT',
    "jwksUri" TEXT NOT NULL,
    "identitySource" TEXT NOT NULL DEFAULT 'client_id',
    "issuer" TEXT,
    "audience" TEXT,
    "defaultPolicyId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Api_defaultPolicyId_fkey" FOREIGN KEY ("defaultPolicyId") REFERENCES "Policy" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Policy" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "rateLimitRequests" INTEGER,
    "rateLimitPeriodSeconds" INTEGER,
    "quotaMax" INTEGER,
    "quotaRenewalSeconds" INTEGER,
    "keyExpiresInSeconds" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "DcrSettings" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "provider" TEXT NOT NULL DEFAULT 'OTHER',
    "grantTypes" TEXT NOT NULL DEFAULT 'authorization_code',
    "tokenEndpointAuthMethod" TEXT NOT NULL DEFAULT 'client_secret_basic',
    "responseTypes" TEXT NOT NULL DEFAULT 'code',
    "idpHost" TEXT,
    "registrationEndpoint" TEXT,
    "initialAccessTokenEnc" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "PortalSettings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "redirectUriSeparator" TEXT NOT NULL DEFAULT ';',
    "signupEnabled" BOOLEAN NOT NULL DEFAULT true,
    "globalDcrId" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PortalSettings_globalDcrId_fkey" FOREIGN KEY ("globalDcrId") REFERENCES "DcrSettings" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CatalogueEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "publicName" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "policyId" TEXT NOT NULL,
    "visible" BOOLEAN NOT NULL DEFAULT true,
    "overrideGlobalDcr" BOOLEAN NOT NULL DEFAULT false,
    "dcrOverrideId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CatalogueEntry_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CatalogueEntry_dcrOverrideId_fkey" FOREIGN KEY ("dcrOverrideId") REFERENCES "DcrSettings" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OAuthClient" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "developerId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "registrationEndpoint" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "clientName" TEXT NOT NULL,
    "clientSecretEnc" TEXT,
    "clientSecretExpiresAt" INTEGER,
    "registrationAccessTokenEnc" TEXT,
    "registrationClientUri" TEXT,
    "metadataJson" TEXT NOT NULL,
    "tokenEndpoint" TEXT,
    "idempotencyKey" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "OAuthClient_developerId_fkey" FOREIGN KEY ("developerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT,
    "detailsJson" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_PolicyGrants" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_PolicyGrants_A_fkey" FOREIGN KEY ("A") REFERENCES "Api" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_PolicyGrants_B_fkey" FOREIGN KEY ("B") REFERENCES "Policy" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_CatalogueEntryToOAuthClient" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_CatalogueEntryToOAuthClient_A_fkey" FOREIGN KEY ("A") REFERENCES "CatalogueEntry" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_CatalogueEntryToOAuthClient_B_fkey" FOREIGN KEY ("B") REFERENCES "OAuthClient" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Api_name_key" ON "Api"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Api_listenPath_key" ON "Api"("listenPath");

-- CreateIndex
CREATE UNIQUE INDEX "Policy_name_key" ON "Policy"("name");

-- CreateIndex
CREATE UNIQUE INDEX "PortalSettings_globalDcrId_key" ON "PortalSettings"("globalDcrId");

-- CreateIndex
CREATE UNIQUE INDEX "CatalogueEntry_publicName_key" ON "CatalogueEntry"("publicName");

-- CreateIndex
CREATE UNIQUE INDEX "CatalogueEntry_dcrOverrideId_key" ON "CatalogueEntry"("dcrOverrideId");

-- CreateIndex
CREATE INDEX "OAuthClient_clientId_idx" ON "OAuthClient"("clientId");

-- CreateIndex
CREATE UNIQUE INDEX "OAuthClient_registrationEndpoint_clientId_key" ON "OAuthClient"("registrationEndpoint", "clientId");

-- CreateIndex
CREATE UNIQUE INDEX "OAuthClient_developerId_idempotencyKey_key" ON "OAuthClient"("developerId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "_PolicyGrants_AB_unique" ON "_PolicyGrants"("A", "B");

-- CreateIndex
CREATE INDEX "_PolicyGrants_B_index" ON "_PolicyGrants"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_CatalogueEntryToOAuthClient_AB_unique" ON "_CatalogueEntryToOAuthClient"("A", "B");

-- CreateIndex
CREATE INDEX "_CatalogueEntryToOAuthClient_B_index" ON "_CatalogueEntryToOAuthClient"("B");
