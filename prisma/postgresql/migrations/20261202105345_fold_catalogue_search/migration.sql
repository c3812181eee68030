-- AlterTable
ALTER TABLE "CatalogueEntry" ADD COLUMN     "descriptionFolded" TEXT,
ADD COLUMN     "publicNameFolded" TEXT;
