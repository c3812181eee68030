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
    "latencySumMs" REAL NOT NULL,

    PRIMARY KEY ("gatewayInstance", "startMinute", "clientId", "apiId")
);

-- CreateIndex
CREATE INDEX "UsageBucket_clientId_startMinute_idx" ON "UsageBucket"("clientId", "startMinute");

-- CreateIndex
CREATE INDEX "UsageBucket_apiId_startMinute_idx" ON "UsageBucket"("apiId", "startMinute");
