-- CreateIndex
CREATE INDEX "Api_defaultPolicyId_idx" ON "Api"("defaultPolicyId");

-- CreateIndex
CREATE INDEX "CatalogueEntry_policyId_idx" ON "CatalogueEntry"("policyId");

-- CreateIndex
CREATE INDEX "OAuthClient_createdAt_id_idx" ON "OAuthClient"("createdAt", "id");

-- CreateIndex
CREATE INDEX "OAuthClient_developerId_createdAt_id_idx" ON "OAuthClient"("developerId", "createdAt", "id");
