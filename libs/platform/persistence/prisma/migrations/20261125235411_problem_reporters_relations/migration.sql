-- AddForeignKey
ALTER TABLE "intake"."problem_reporters" ADD CONSTRAINT "problem_reporters_problem_id_fkey" FOREIGN KEY ("problem_id") REFERENCES "intake"."problems"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "intake"."problem_reporters" ADD CONSTRAINT "problem_reporters_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "intake"."resident_contacts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
