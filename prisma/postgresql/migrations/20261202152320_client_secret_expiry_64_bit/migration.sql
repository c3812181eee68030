-- AlterTable
ALTER TABLE "OAuthClient" ALTER COLUMN "clientSecretExpiresAt" SET DATA TYPE BIGINT;
