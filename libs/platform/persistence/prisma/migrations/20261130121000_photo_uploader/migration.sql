-- Each resident who follows a problem sees the photos they added, not other residents'.
ALTER TABLE "intake"."problem_photos" ADD COLUMN "uploader_digest" VARCHAR(64);
