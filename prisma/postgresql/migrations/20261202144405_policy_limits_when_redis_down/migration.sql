-- AlterTable
ALTER TABLE "Policy" ADD COLUMN     "limitsWhenRedisDown" TEXT;
