-- AlterTable
ALTER TABLE "Api" ALTER COLUMN "identitySource" SET DEFAULT 'client_id azp cid';
