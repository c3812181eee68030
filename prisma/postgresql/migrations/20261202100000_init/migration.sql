-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Api" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Api_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Policy" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "rateLimitRequests" INTEGER,
    "rateLimitPeriodSeconds" INTEGER,
    "quotaMax" INTEGER,
    "quotaRenewalSeconds" INTEGER,
    "keyExpiresInSeconds" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Policy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DcrSettings" (
    "id" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "provider" TEXT NOT NULL DEFAULT 'OTHER',
    "grantTypes" TEXT NOT NULL DEFAULT 'authorization_code',
    "tokenEndpointAuthMethod" TEXT NOT NULL DEFAULT 'client_secret_basic',
    "responseTypes" TEXT NOT NULL DEFAULT 'code',
    "idpHost" TEXT,
    "registrationEndpoint" TEXT,
    "initialAccessTokenEnc" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DcrSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PortalSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "redirectUriSeparator" TEXT NOT NULL DEFAULT ';',
    "signupEnabled" BOOLEAN NOT NULL DEFAULT true,
    "globalDcrId" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PortalSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CatalogueEntry" (
    "id" TEXT NOT NULL,
    "publicName" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "policyId" TEXT NOT NULL,
    "visible" BOOLEAN NOT NULL DEFAULT true,
    "overrideGlobalDcr" BOOLEAN NOT NULL DEFAULT false,
    "dcrOverrideId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CatalogueEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OAuthClient" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OAuthClient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdpCleanup" (
    "id" TEXT NOT NULL,
    "developerId" TEXT,
    "state" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "registrationEndpoint" TEXT NOT NULL,
    "clientName" TEXT NOT NULL,
    "clientId" TEXT,
    "registrationClientUri" TEXT,
    "registrationAccessTokenEnc" TEXT,
    "problem" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IdpCleanup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT,
    "detailsJson" TEXT NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "lastFour" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UsageBucket" (
    "gatewayInstance" TEXT NOT NULL,
    "startMinute" INTEGER NOT NULL,
    "minutes" INTEGER NOT NULL,
    "clientId" TEXT NOT NULL,
    "apiId" TEXT NOT NULL,
    "requests" INTEGER NOT NULL,
    "status2xx" INTEGER NOT NULL,
    "status3xx" INTEGER NOT NULL,
    "status4xx" INTEGER NOT NULL,
    "status5xx" INTEGER NOT NULL,
    "statusOther" INTEGER NOT NULL,
    "latencySumMs" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "UsageBucket_pkey" PRIMARY KEY ("gatewayInstance","startMinute","clientId","apiId")
);

-- CreateTable
CREATE TABLE "_PolicyGrants" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_PolicyGrants_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_CatalogueEntryToOAuthClient" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_CatalogueEntryToOAuthClient_AB_pkey" PRIMARY KEY ("A","B")
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
CREATE INDEX "Api_defaultPolicyId_idx" ON "Api"("defaultPolicyId");

-- CreateIndex
CREATE UNIQUE INDEX "Policy_name_key" ON "Policy"("name");

-- CreateIndex
CREATE UNIQUE INDEX "PortalSettings_globalDcrId_key" ON "PortalSettings"("globalDcrId");

-- CreateIndex
CREATE UNIQUE INDEX "CatalogueEntry_publicName_key" ON "CatalogueEntry"("publicName");

-- CreateIndex
CREATE UNIQUE INDEX "CatalogueEntry_dcrOverrideId_key" ON "CatalogueEntry"("dcrOverrideId");

-- CreateIndex
CREATE INDEX "CatalogueEntry_policyId_idx" ON "CatalogueEntry"("policyId");

-- CreateIndex
CREATE INDEX "OAuthClient_clientId_idx" ON "OAuthClient"("clientId");

-- CreateIndex
CREATE INDEX "OAuthClient_createdAt_id_idx" ON "OAuthClient"("createdAt", "id");

-- CreateIndex
CREATE INDEX "OAuthClient_developerId_createdAt_id_idx" ON "OAuthClient"("developerId", "createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "OAuthClient_registrationEndpoint_clientId_key" ON "OAuthClient"("registrationEndpoint", "clientId");

-- CreateIndex
CREATE UNIQUE INDEX "OAuthClient_developerId_idempotencyKey_key" ON "OAuthClient"("developerId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "IdpCleanup_state_createdAt_idx" ON "IdpCleanup"("state", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_createdById_createdAt_idx" ON "ApiToken"("createdById", "createdAt");

-- CreateIndex
CREATE INDEX "ApiToken_createdAt_idx" ON "ApiToken"("createdAt");

-- CreateIndex
CREATE INDEX "UsageBucket_clientId_startMinute_idx" ON "UsageBucket"("clientId", "startMinute");

-- CreateIndex
CREATE INDEX "UsageBucket_apiId_startMinute_idx" ON "UsageBucket"("apiId", "startMinute");

-- CreateIndex
CREATE INDEX "_PolicyGrants_B_index" ON "_PolicyGrants"("B");

-- CreateIndex
CREATE INDEX "_CatalogueEntryToOAuthClient_B_index" ON "_CatalogueEntryToOAuthClient"("B");

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Api" ADD CONSTRAINT "Api_defaultPolicyId_fkey" FOREIGN KEY ("defaultPolicyId") REFERENCES "Policy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PortalSettings" ADD CONSTRAINT "PortalSettings_globalDcrId_fkey" FOREIGN KEY ("globalDcrId") REFERENCES "DcrSettings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatalogueEntry" ADD CONSTRAINT "CatalogueEntry_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatalogueEntry" ADD CONSTRAINT "CatalogueEntry_dcrOverrideId_fkey" FOREIGN KEY ("dcrOverrideId") REFERENCES "DcrSettings"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OAuthClient" ADD CONSTRAINT "OAuthClient_developerId_fkey" FOREIGN KEY ("developerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdpCleanup" ADD CONSTRAINT "IdpCleanup_developerId_fkey" FOREIGN KEY ("developerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PolicyGrants" ADD CONSTRAINT "_PolicyGrants_A_fkey" FOREIGN KEY ("A") REFERENCES "Api"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PolicyGrants" ADD CONSTRAINT "_PolicyGrants_B_fkey" FOREIGN KEY ("B") REFERENCES "Policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CatalogueEntryToOAuthClient" ADD CONSTRAINT "_CatalogueEntryToOAuthClient_A_fkey" FOREIGN KEY ("A") REFERENCES "CatalogueEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CatalogueEntryToOAuthClient" ADD CONSTRAINT "_CatalogueEntryToOAuthClient_B_fkey" FOREIGN KEY ("B") REFERENCES "OAuthClient"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Announce committed writes on the gatehouse_changes channel (packages/db/src/postgresql/change-notifications.ts)
CREATE OR REPLACE FUNCTION "gatehouse_notify_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('gatehouse_changes', TG_TABLE_NAME);
    RETURN NULL;
END
$$;

CREATE TRIGGER "gatehouse_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "User"
    FOR EACH STATEMENT EXECUTE FUNCTION "gatehouse_notify_change"();

CREATE TRIGGER "gatehouse_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Session"
    FOR EACH STATEMENT EXECUTE FUNCTION "gatehouse_notify_change"();

CREATE TRIGGER "gatehouse_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Api"
    FOR EACH STATEMENT EXECUTE FUNCTION "gatehouse_notify_change"();

CREATE TRIGGER "gatehouse_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Policy"
    FOR EACH STATEMENT EXECUTE FUNCTION "gatehouse_notify_change"();

CREATE TRIGGER "gatehouse_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "DcrSettings"
    FOR EACH STATEMENT EXECUTE FUNCTION "gatehouse_notify_change"();

CREATE TRIGGER "gatehouse_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PortalSettings"
    FOR EACH STATEMENT EXECUTE FUNCTION "gatehouse_notify_change"();

CREATE TRIGGER "gatehouse_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CatalogueEntry"
    FOR EACH STATEMENT EXECUTE FUNCTION "gatehouse_notify_change"();

CREATE TRIGGER "gatehouse_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "OAuthClient"
    FOR EACH STATEMENT EXECUTE FUNCTION "gatehouse_notify_change"();

CREATE TRIGGER "gatehouse_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "IdpCleanup"
    FOR EACH STATEMENT EXECUTE FUNCTION "gatehouse_notify_change"();

CREATE TRIGGER "gatehouse_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AuditEvent"
    FOR EACH STATEMENT EXECUTE FUNCTION "gatehouse_notify_change"();

CREATE TRIGGER "gatehouse_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ApiToken"
    FOR EACH STATEMENT EXECUTE FUNCTION "gatehouse_notify_change"();

CREATE TRIGGER "gatehouse_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "UsageBucket"
    FOR EACH STATEMENT EXECUTE FUNCTION "gatehouse_notify_change"();

CREATE TRIGGER "gatehouse_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "_PolicyGrants"
    FOR EACH STATEMENT EXECUTE FUNCTION "gatehouse_notify_change"();

CREATE TRIGGER "gatehouse_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "_CatalogueEntryToOAuthClient"
    FOR EACH STATEMENT EXECUTE FUNCTION "gatehouse_notify_change"();
