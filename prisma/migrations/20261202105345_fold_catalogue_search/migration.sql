-- AlterTable
ALTER TABLE "CatalogueEntry" ADD COLUMN "descriptionFolded" TEXT;
ALTER TABLE "CatalogueEntry" ADD COLUMN "publicNameFolded" TEXT;
