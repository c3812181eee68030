-- AlterTable
ALTER TABLE "IdpCleanup" ADD COLUMN     "idempotencyKey" TEXT,
ADD COLUMN     "leaseExpiresAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "leaseOwner" TEXT;

-- CreateIndex
CREATE INDEX "IdpCleanup_state_leaseExpiresAt_idx" ON "IdpCleanup"("state", "leaseExpiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "IdpCleanup_developerId_idempotencyKey_key" ON "IdpCleanup"("developerId", "idempotencyKey");
