-- AlterTable
ALTER TABLE "assignment"."screening_items" ADD COLUMN     "team_size" INTEGER;
