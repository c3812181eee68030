-- DropIndex
DROP INDEX "OAuthClient_registrationEndpoint_clientId_key";

-- AlterTable
ALTER TABLE "OAuthClient" ADD COLUMN     "idpOrigin" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "requestedMetadataJson" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "OAuthClient_idpOrigin_clientId_key" ON "OAuthClient"("idpOrigin", "clientId");
